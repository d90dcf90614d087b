import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
import { nextTick } from 'vue';
import './custom.css';

/**
 * Marks the provision a citation link points at (`…/metin.html#m-14-b`, or the old
 * `#art_14__point_b`). CSS `:target` alone is not enough: VitePress navigates with
 * history.pushState, which does not update it.
 */
function markTarget() {
  document.querySelectorAll('.hukum-hedef').forEach((el) => el.classList.remove('hukum-hedef'));
  if (!location.hash) return;
  document.getElementById(decodeURIComponent(location.hash.slice(1)))?.closest('.hukum')?.classList.add('hukum-hedef');
}

/** Marks each sideways-scrolling frame while its content is wider than it (the hint and the fading edge show). */
function markOverflow() {
  document.querySelectorAll<HTMLElement>('.kaydir').forEach((f) => {
    const box = f.parentElement;
    if (!box) return;
    box.classList.toggle('tasiyor', f.scrollWidth > f.clientWidth + 1);
    box.classList.toggle('sonda', f.scrollLeft + f.clientWidth >= f.scrollWidth - 1);
  });
}

/** The print header and footer: the page's address and the day it is printed. */
function markPrint() {
  const day = new Date().toLocaleDateString('tr-TR', { day: '2-digit', month: '2-digit', year: 'numeric' });
  const address = location.origin + decodeURI(location.pathname);
  document.querySelectorAll('.baski-bilgi .baski-adres').forEach((e) => { e.textContent = address; });
  document.querySelectorAll('.baski-bilgi .baski-tarih').forEach((e) => { e.textContent = day; });
  const status = document.querySelector('.baski-bilgi')?.getAttribute('data-yururluk');
  document.documentElement.style.setProperty('--baski-alt', JSON.stringify(`${address} · Yazdırma: ${day}${status ? ` · ${status}` : ''}`));
}

/** "bağlantıyı kopyala": the provision's full address to the clipboard, confirmed in the button. */
async function copyLink(button: HTMLElement) {
  const anchor = button.getAttribute('data-kopyala') ?? '';
  const url = location.origin + location.pathname + anchor;
  try {
    await navigator.clipboard.writeText(url);
    button.textContent = 'kopyalandı';
  } catch {
    // no clipboard (an insecure origin, a refused permission): the address goes to the bar instead
    history.replaceState(history.state, '', anchor);
    button.textContent = 'adres çubuğunda';
  }
  button.setAttribute('data-kopyalandi', url);
  setTimeout(() => { button.textContent = 'bağlantıyı kopyala'; }, 2000);
}

function refresh() {
  markTarget();
  markOverflow();
  markPrint();
}

export default {
  extends: DefaultTheme,
  enhanceApp({ router }) {
    if (typeof window === 'undefined') return;
    const previous = router.onAfterRouteChange;
    router.onAfterRouteChange = async (to) => {
      await previous?.(to);
      await nextTick();
      refresh();
    };
    window.addEventListener('hashchange', () => markTarget());
    window.addEventListener('load', () => refresh());
    window.addEventListener('resize', () => markOverflow());
    window.addEventListener('beforeprint', () => markPrint());
    document.addEventListener('scroll', (e) => { if ((e.target as Element)?.classList?.contains('kaydir')) markOverflow(); }, true);
    document.addEventListener('click', (e) => {
      const b = (e.target as Element | null)?.closest?.('button.kopyala');
      if (b) void copyLink(b as HTMLElement);
    });
  },
} satisfies Theme;
