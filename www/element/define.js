// Registers <transcript-cards> (kept apart from the class so a page can pick
// its own tag or registry). Importing this module defines the default tag:
//   <script type="module" src="define.js"></script>
//   <transcript-cards src="briefing.txt"></transcript-cards>

import { TranscriptCardsElement } from './transcript-cards.js';

export function define(tag = 'transcript-cards', registry = customElements) {
  if (!registry.get(tag)) registry.define(tag, class extends TranscriptCardsElement {});
  return registry.get(tag);
}

define();

export { TranscriptCardsElement };
export default TranscriptCardsElement;
