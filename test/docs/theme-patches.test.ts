// The docs build's two Vite plugins (docs/.vitepress/plugins.ts): the exact-snippet patches of
// VitePress's default theme, pinned to the installed files, and the page-data guard for
// `</script>` in a title.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPatch, safeScriptLiteral, THEME_PATCHES } from '../../docs/.vitepress/plugins.js';

const components = join(dirname(createRequire(import.meta.url).resolve('vitepress/package.json')), 'dist/client/theme-default/components');

/**
 * The sha256 of each patched file of the installed VitePress (1.6.4). A VitePress upgrade changes
 * them: look at each patch in docs/.vitepress/plugins.ts again (is the option there now? does the
 * snippet still mean the same?), then update the hash here.
 */
const PINNED: Record<string, string> = {
  'VPNavBarMenu.vue': 'f9fb423cec93eed1f42fd41828ee740d2eb49ab20d8cacb6bf867d727abbc12b',
  'VPSidebar.vue': '5f5b9b344ce556830d3fb298acd3b23f1fbc27b48daf50f5d22d6e95d4ce345d',
  'VPDocFooter.vue': '4126f800d50e849636ceb934c8d8ef31259976d4a9206dc46d6a26cf7b182589',
  'VPNavBarHamburger.vue': '1bd1c0a8dc5965a0788eff7193dabd36506751b68eac2404d2b7bc79a8f0d11e',
  'VPSidebarItem.vue': '9ea60476470d950321db0afedd975f5de5ce266cb7f38c5e7915424c0f1c8493',
};

describe('patches of VitePress\'s default theme', () => {
  it('patch exactly the files pinned here, each with a reason', () => {
    expect(THEME_PATCHES.map((p) => p.file).sort()).toEqual(Object.keys(PINNED).sort());
    for (const p of THEME_PATCHES) expect(p.why.length, p.file).toBeGreaterThan(20);
  });

  it.each(THEME_PATCHES.map((p) => [p.file, p] as const))('%s: the installed file is the one the patch was written for', (file, patch) => {
    const code = readFileSync(join(components, file), 'utf8');
    expect(createHash('sha256').update(code).digest('hex'), `VitePress changed ${file}: re-check its patch in docs/.vitepress/plugins.ts`).toBe(PINNED[file]);
    const out = applyPatch(patch, code);
    for (const [from, to] of patch.edits) {
      expect(out).toContain(to);
      if (!to.includes(from)) expect(out).not.toContain(from);
    }
    // no English screen-reader text left in the patched file
    expect(out).not.toMatch(/Main Navigation|Sidebar Navigation|>Pager<|mobile navigation|toggle section/);
  });

  it('stops the build, naming the file, when a snippet is not found exactly once', () => {
    expect(() => applyPatch(THEME_PATCHES[0]!, '<template></template>')).toThrow(/VPNavBarMenu\.vue.*0 times/);
  });
});

describe('the page-data guard', () => {
  const page = (data: unknown) => `<script >\nexport const __pageData = JSON.parse(${JSON.stringify(JSON.stringify(data))})\nexport default {name:"x.md"}</script>\n<template><div></div></template>`;

  it('leaves no "</script" inside the page-data literal, and the data means the same', () => {
    const data = { title: 'Evrak </script><script>alert(1)</script> <!-- x --> "q" \\ Mü{{ 7*7 }}', frontmatter: { title: '</SCRIPT>' } };
    const out = safeScriptLiteral(page(data));
    const literal = out.slice(out.indexOf('JSON.parse(') + 11, out.indexOf(')\nexport default'));
    expect(literal).not.toMatch(/<\/script/i);
    // eslint-disable-next-line no-new-func
    expect(JSON.parse(new Function(`return ${literal}`)() as string)).toEqual(data);
    // the real closing tag is untouched
    expect(out.match(/<\/script>/g)).toHaveLength(1);
  });

  it('changes nothing in a page without page data', () => {
    expect(safeScriptLiteral('<template><p>a</p></template>')).toBe('<template><p>a</p></template>');
  });
});
