// The sample transcript the cards page shows on first open: fetched from
// beside the page. The one-file build (make dist) bundles
// scripts/dist/sample.js in this module's place, with the text inlined.

const SAMPLE_URL = new URL('../samples/2020-09-14-wang-wenbin-mt.txt', import.meta.url);

/** The sample's text. */
export async function sampleText() {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`the sample is missing (HTTP ${response.status})`);
  return response.text();
}
