// The archive's worker, started as soon as archive.html's head is read (a
// classic script, first in the head): its start, its own modules and its
// reading of the snapshot then overlap the page's loading of its modules,
// rather than waiting for them (the client's module runs only once the
// page's whole module graph is in). archive-client.js takes the worker
// over, with the errors it reported meanwhile; where it could not start
// here, the client starts its own. The worker's URL goes through the
// archive's Trusted Types policy, made here (the client uses it then) and
// checked to be that one URL.

(() => {
  const url = new URL('archive-worker.js', document.currentScript.src).href;
  const boot = { url, policy: null, worker: null, errors: [] };
  self.__tcArchiveBoot = boot;
  try {
    boot.policy = self.trustedTypes?.createPolicy('transcript-cards-archive', {
      createScriptURL: (u) => {
        if (u !== url) throw new TypeError(`transcript-cards-archive: not its script: ${u}`);
        return u;
      },
    }) ?? null;
    if (self.trustedTypes && !boot.policy) return;
    boot.worker = new Worker(boot.policy ? boot.policy.createScriptURL(url) : url, { type: 'module' });
    boot.worker.addEventListener('error', (event) => boot.errors.push(event));
  } catch {
    // Trusted Types refuse the policy, or no worker starts here: the client says so.
  }
})();
