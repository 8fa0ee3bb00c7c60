// The one-file page's www/page/sample.js: the sample transcript inlined.

import SAMPLE from '../../www/samples/2020-09-14-wang-wenbin-mt.txt';

export async function sampleText() {
  return SAMPLE;
}

/** The one-file page parses its sample itself (the parser is in the file). */
export async function sampleParse() {
  return null;
}
