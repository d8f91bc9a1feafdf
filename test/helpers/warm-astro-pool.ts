import { type ChildProcess, fork } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test workers send the builds that run in the warm builders global setup started. */
    warmAstroPool: string;
  }
}

/** What a test worker posts to the pool, and the pool passes on to a builder. */
export interface WarmBuildOrder {
  root: string;
  outDir: string;
  /** The build's whole environment, as `astro build` would be started with. */
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
}

export interface WarmBuildOutcome {
  /** null when the builder stopped or was stopped (past `timeoutMs`) during the build. */
  status: 0 | 1 | null;
  /** What the build wrote to stdout and stderr, in order. */
  output: string;
}

/** What a builder sends back after each build. */
export interface BuilderReport {
  outcome: WarmBuildOutcome;
  /** The builder ends after this report (past its memory limit) and takes no more builds. */
  retiring: boolean;
}

export interface WarmAstroPool {
  url: string;
  close(): Promise<void>;
}

interface Job {
  order: WarmBuildOrder;
  settle(outcome: WarmBuildOutcome): void;
}

interface Builder {
  child: ChildProcess;
  job?: Job;
  /** Stops the builder when its build runs past `timeoutMs`. */
  timer?: NodeJS.Timeout;
  /** Said so in its last report; replaced when it exits. */
  retiring?: boolean;
}

const bodyOf = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/**
 * Starts `size` warm Astro builders (test/helpers/warm-astro-builder.ts) for the whole run and a
 * loopback HTTP endpoint through which every test worker's builds reach them, a build per builder
 * at a time. Shared by the run, each builder pays for loading Astro once: one per test worker
 * left most of them building only once or twice.
 */
export async function startWarmAstroPool(size: number, projectRoot: string, env: NodeJS.ProcessEnv): Promise<WarmAstroPool> {
  const waiting: Job[] = [];
  /** Roots built so far: Node keeps a module once imported, so a second build of a root in a builder that built it could be handed the first one's pages. */
  const builtRoots = new Set<string>();
  let closing = false;

  const startBuilder = (): Builder => {
    const builder: Builder = { child: fork(join(projectRoot, 'test/helpers/warm-astro-builder.ts'), [], { cwd: projectRoot, env, execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }) };
    const finish = (outcome: WarmBuildOutcome) => {
      clearTimeout(builder.timer);
      builder.job?.settle(outcome);
      builder.job = undefined;
    };
    builder.child.on('message', ({ outcome, retiring }: BuilderReport) => {
      builder.retiring = retiring;
      finish(outcome);
      next();
    });
    builder.child.on('exit', (code, signal) => {
      finish({ status: null, output: `The warm Astro builder stopped (${signal ?? `exit code ${code}`}) during the build.` });
      // Replaced when it ends on its own (past its memory limit) or with a build.
      if (!closing) builders[builders.indexOf(builder)] = startBuilder();
      next();
    });
    return builder;
  };
  const builders = Array.from({ length: size }, startBuilder);

  const next = () => {
    for (const builder of builders) {
      if (builder.job || builder.retiring || waiting.length === 0) continue;
      builder.job = waiting.shift()!;
      builder.timer = setTimeout(() => builder.child.kill('SIGKILL'), builder.job.order.timeoutMs);
      builder.child.send(builder.job.order);
    }
  };

  const server = createServer(async (request, response) => {
    const order = JSON.parse(await bodyOf(request)) as WarmBuildOrder;
    if (builtRoots.has(order.root)) {
      response.writeHead(409, { 'content-type': 'text/plain' }).end(`${order.root} was built warm before: build it again with buildSite, in a Node of its own.`);
      return;
    }
    builtRoots.add(order.root);
    waiting.push({ order, settle: (outcome) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(outcome)) });
    next();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: async () => {
      closing = true;
      for (const builder of builders) builder.child.kill();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
