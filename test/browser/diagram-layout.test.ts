import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteUnderTest } from '../helpers/site-under-test.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

interface Box {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The box of every visible text label of the page's first diagram, in the SVG's own
 * coordinates (getBBox with the element's transforms applied), and the SVG's viewBox.
 */
async function labelBoxes(page: Page): Promise<{ viewBox: Box; labels: Box[] }> {
  // The page's first diagram: the gantt on a plan page, the grid on the stakeholder register.
  const svg = page.locator('svg[role="img"]').first();
  return svg.evaluate((element) => {
    const root = element as SVGSVGElement;
    const view = root.viewBox.baseVal;
    const rootMatrix = root.getScreenCTM()!.inverse();
    const labels = [...root.querySelectorAll('text')]
      .filter((text) => (text.textContent ?? '').trim() !== '' && getComputedStyle(text).display !== 'none' && getComputedStyle(text).visibility !== 'hidden')
      .map((text) => {
        const box = text.getBBox();
        // Into the SVG's user space, whatever groups and transforms the label sits in.
        const matrix = rootMatrix.multiply(text.getScreenCTM()!);
        const corners = [
          new DOMPoint(box.x, box.y),
          new DOMPoint(box.x + box.width, box.y + box.height),
        ].map((point) => point.matrixTransform(matrix));
        return { text: text.textContent!.trim(), x: corners[0].x, y: corners[0].y, width: corners[1].x - corners[0].x, height: corners[1].y - corners[0].y };
      });
    return { viewBox: { text: 'viewBox', x: view.x, y: view.y, width: view.width, height: view.height }, labels };
  });
}

const outside = (box: Box, view: Box) => box.x < view.x - 0.5 || box.y < view.y - 0.5 || box.x + box.width > view.x + view.width + 0.5 || box.y + box.height > view.y + view.height + 0.5;
// Half a unit of tolerance: glyph boxes of neighbouring labels may touch, not overlap.
const overlap = (a: Box, b: Box) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;

const diagrams = [
  { path: '/plans/pmo-implementation/', name: 'the PMO implementation plan gantt' },
  { path: '/plans/project-plan-template/', name: 'the project plan template gantt' },
  { path: '/stakeholders/', name: 'the stakeholder grid' },
];

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite(await exampleSiteDir());
});

afterAll(async () => {
  await site?.close();
});

describe("layout of the example's generated diagrams, measured in Chromium", () => {
  for (const diagram of diagrams) {
    it(`keeps every label of ${diagram.name} inside the picture, none over another`, async () => {
      const page = await site.pages.page({ viewport: { width: 1280, height: 900 } });
      await page.goto(site.url(diagram.path));
      const { viewBox, labels } = await labelBoxes(page);
      expect(labels.length).toBeGreaterThan(3);
      expect(labels.filter((box) => outside(box, viewBox)).map((box) => box.text)).toEqual([]);
      const overlapping = labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => overlap(a, b)).map((b) => `${a.text} / ${b.text}`));
      expect(overlapping).toEqual([]);
    });
  }
});
