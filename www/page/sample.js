// The sample transcript the cards page shows on first open, and its parse:
// fetched from beside the page. The one-file build (make dist) bundles
// scripts/dist/sample.js in this module's place, with the text inlined.

const SAMPLE_URL = new URL('../samples/2020-09-14-wang-wenbin-mt.txt', import.meta.url);
// Its parse, made by the CLI when the page is built (scripts/build-sample.sh):
// the page shows the sample's cards before the parser has arrived.
const PARSE_URL = new URL('../samples/2020-09-14-wang-wenbin-mt.json', import.meta.url);

/** The sample's text. */
export async function sampleText() {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`the sample is missing (HTTP ${response.status})`);
  return response.text();
}

/** The sample's parse (the CLI's JSON), or null when there is none beside it. */
export async function sampleParse() {
  try {
    const response = await fetch(PARSE_URL);
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}
