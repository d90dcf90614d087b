// Two Vite plugins of the docs build.
//
// `safePageData`: VitePress writes each page's data (title, frontmatter) into the page's Vue
// component as `<script>export const __pageData = JSON.parse("…")</script>`. A title holding
// `</script>` (a regulation folder may name a unit so) would end that script block early and break
// the build. The plugin writes `</` inside that one string literal as `<\/`, which is the same
// string to JavaScript: the title stays verbatim, the script stays whole.
//
// `themePatches`: VitePress 1.6 has no option for five screen-reader texts of its default theme
// ("Main Navigation", "Sidebar Navigation", "Pager", "mobile navigation", "toggle section") and
// nests a button inside a button in collapsible sidebar groups (axe: nested-interactive). Instead
// of copying those components, the plugin replaces exact snippets of the installed files while
// they are compiled. Each snippet must occur exactly once, or the build stops and names the file;
// test/docs/theme-patches.test.ts pins the sha256 of each patched upstream file, so a VitePress
// upgrade fails a test until every patch has been looked at again.
import type { Plugin } from 'vite';

/** One patched file of VitePress's default theme: what is replaced, and why. */
export type ThemePatch = { file: string; why: string; edits: [from: string, to: string][] };

export const THEME_PATCHES: ThemePatch[] = [
  { file: 'VPNavBarMenu.vue', why: 'Turkish screen-reader name of the main menu', edits: [['Main Navigation', 'Ana menü']] },
  { file: 'VPSidebar.vue', why: 'Turkish screen-reader name of the sidebar', edits: [['Sidebar Navigation', 'Kenar menüsü']] },
  { file: 'VPDocFooter.vue', why: 'Turkish screen-reader name of the previous/next navigation', edits: [['id="doc-footer-aria-label">Pager<', 'id="doc-footer-aria-label">Sayfalar arasında gezinme<']] },
  { file: 'VPNavBarHamburger.vue', why: 'Turkish name of the phone menu button', edits: [['aria-label="mobile navigation"', 'aria-label="Menüyü aç"']] },
  {
    file: 'VPSidebarItem.vue',
    why: 'Turkish name of the section toggle; where the whole row of a group is the button, the caret in it is not a second button (axe nested-interactive) and the row says whether it is open',
    edits: [
      ['      :tabindex="item.items && 0"\n    >', '      :tabindex="item.items && 0"\n      :aria-expanded="itemRole && item.collapsed != null ? String(!collapsed) : undefined"\n    >'],
      ['        role="button"\n        aria-label="toggle section"', `        :role="itemRole ? undefined : 'button'"\n        :aria-label="itemRole ? undefined : 'Bölümü aç ya da kapat'"\n        :aria-hidden="itemRole ? 'true' : undefined"`],
      ['        tabindex="0"\n      >\n        <span class="vpi-chevron-right caret-icon" />', '        :tabindex="itemRole ? undefined : 0"\n      >\n        <span class="vpi-chevron-right caret-icon" />'],
    ],
  },
];

/** Applies the patches of {@link THEME_PATCHES} to one file's source; throws naming the file where a snippet is not found exactly once. */
export function applyPatch(patch: ThemePatch, code: string): string {
  let out = code;
  for (const [from, to] of patch.edits) {
    const n = out.split(from).length - 1;
    if (n !== 1) throw new Error(`docs theme patch: ${patch.file} holds ${JSON.stringify(from.slice(0, 40))} ${n} times, not once: VitePress changed; re-check docs/.vitepress/plugins.ts`);
    out = out.replace(from, () => to);
  }
  return out;
}

export function themePatches(): Plugin {
  return {
    name: 'mevzuat-theme-patches',
    enforce: 'pre',
    transform(code, id) {
      // the whole SFC only: its blocks (`?vue&type=…`) come from the patched whole
      if (id.includes('?')) return null;
      const path = id.replace(/\\/g, '/');
      if (!path.includes('/vitepress/dist/client/theme-default/components/')) return null;
      const patch = THEME_PATCHES.find((p) => path.endsWith(`/components/${p.file}`));
      return patch ? { code: applyPatch(patch, code), map: null } : null;
    },
  };
}

const PAGE_DATA = 'export const __pageData = JSON.parse(';

/** Writes `</` as `<\/` inside the page-data string literal of a compiled page (see the top of this file). */
export function safeScriptLiteral(code: string): string {
  const at = code.indexOf(PAGE_DATA);
  if (at < 0) return code;
  const start = at + PAGE_DATA.length;
  if (code[start] !== '"') return code;
  let end = start + 1;
  while (end < code.length && code[end] !== '"') end += code[end] === '\\' ? 2 : 1;
  const literal = code.slice(start, end + 1).replace(/<\//g, '<\\/').replace(/<!--/g, '<\\!--');
  return code.slice(0, start) + literal + code.slice(end + 1);
}

export function safePageData(): Plugin {
  return {
    name: 'mevzuat-safe-page-data',
    // VitePress's own plugin turns a page's Markdown into a Vue component and Vue compiles it in the
    // same (normal) phase, right after: no plugin can sit between them, so this one wraps the
    // output of VitePress's transform for `.md` files
    configResolved(config) {
      const vp = config.plugins.find((p) => p.name === 'vitepress');
      const original = vp?.transform;
      if (!vp || typeof original !== 'function') throw new Error('docs: the VitePress plugin was not found; safePageData cannot protect the page data');
      (vp as { transform: unknown }).transform = async function (this: unknown, code: string, id: string, ...rest: unknown[]) {
        const out: unknown = await (original as (...a: unknown[]) => unknown).call(this, code, id, ...rest);
        if (!id.split('?')[0]!.endsWith('.md') || out == null) return out;
        if (typeof out === 'string') return safeScriptLiteral(out);
        const o = out as { code: string };
        return { ...o, code: safeScriptLiteral(o.code) };
      };
    },
  };
}
