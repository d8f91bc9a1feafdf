/**
 * JSON to place inside <script type="application/json">: "<" is written as \u003c so no
 * text in the content can close the element early ("</script>") or open a comment.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
