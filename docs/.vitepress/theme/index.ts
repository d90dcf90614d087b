import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
import { nextTick } from 'vue';
import './custom.css';

/**
 * Marks the provision a citation link points at (`…/metin.html#art_14__point_b`). CSS `:target`
 * alone is not enough: VitePress navigates with history.pushState, which does not update it.
 */
function markTarget() {
  document.querySelectorAll('.hukum-hedef').forEach((el) => el.classList.remove('hukum-hedef'));
  if (!location.hash) return;
  document.getElementById(decodeURIComponent(location.hash.slice(1)))?.classList.add('hukum-hedef');
}

export default {
  extends: DefaultTheme,
  enhanceApp({ router }) {
    if (typeof window === 'undefined') return;
    const previous = router.onAfterRouteChange;
    router.onAfterRouteChange = async (to) => {
      await previous?.(to);
      await nextTick();
      markTarget();
    };
    window.addEventListener('hashchange', () => markTarget());
    window.addEventListener('load', () => markTarget());
  },
} satisfies Theme;
