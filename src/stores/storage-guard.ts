/**
 * While changes are only in this page's memory (storage full or switched off), nothing typed is lost
 * without asking: leaving the page or closing the tab asks first, and saving is tried again every
 * few seconds, when another tab frees space and when the page is shown again, so changes reach
 * storage on their own once there is room. Loaded by persistence.ts only when storage stops
 * working (its first import starts it), so pages whose storage works never carry it.
 */
import { $storageHealth, layer } from './persistence';

{
  const { guarded, reloadAll } = layer;
  window.addEventListener('beforeunload', (e) => {
    // Fields still waiting to save write now (into memory, if storage refuses them).
    window.dispatchEvent(new Event('tandem:save-now'));
    if (guarded.waiting() > 0) {
      e.preventDefault();
    }
  });
  const tryAgain = () => {
    if ($storageHealth.get().state !== 'failing') return;
    if (guarded.flush()) reloadAll();
  };
  setInterval(tryAgain, 5000);
  window.addEventListener('storage', tryAgain);
  window.addEventListener('focus', tryAgain);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && tryAgain());
}
