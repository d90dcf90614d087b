// `mevzuat new` and `mevzuat check`: the commands as the CLI lists them. Their work is in
// author-run.ts, imported only when one of them runs, so other commands never load the compiler.
import type { Command } from './commands.js';

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

export const newCommand: Command = {
  name: 'new',
  usage: 'new <kaynak> --id <kimlik> [--out <klasör>] | new --update <klasör> [--reparse]',
  summary: 'bir mevzuat metninden yeni bir mevzuat klasörü oluşturur: metin ağacı ve gözden geçirilecek iskeletler',
  args: [{ name: 'kaynak', help: 'mevzuatın metni, UTF-8 (düz metin, PDF\'ten çıkarılmış metin ya da Markdown)' }],
  options: {
    id: { type: 'string', value: '<kimlik>', help: 'mevzuatın kimliği: küçük harf, Türkçe harfsiz, tireli (ornekkoy, konak-ozel-kalem)' },
    out: { type: 'string', value: '<klasör>', help: 'klasör (varsayılan regulations/<kimlik>); adı kimlikle aynı olmalı' },
    update: { type: 'boolean', help: 'var olan bir klasörün iskeletini yeniden türetir: kişinin yazdığı ya da gözden geçirdiği olgular korunur, atıfları yeni kimliklere taşınır' },
    reparse: { type: 'boolean', help: '--update ile: metin ağacını text.yaml yerine source.txt\'den yeniden okur' },
  },
  notes: [
    'Kaynak bayt bayt kopyalanır ve sha256 özeti regulation.yaml\'a yazılır. text.yaml metnin tamamını tutar (kanıtı mevzuat check verir). Öteki dosyalar metinden güvenle okunabilenle doldurulur; her tahmin "# GÖZDEN GEÇİRİN", yazılacak her alan "# YAZILACAK" ile işaretlidir.',
    'Var olan bir klasörün üzerine yazmaz (çıkış kodu 2); onu yeniden türetmek için --update kullanın. --update eski dosyaları klasörün yanına yedekler, review: pending taşıyan ve YAZILACAK işaretli her şeyi yeniden taslak olarak okur, gerisini korur.',
  ],
  examples: ['mevzuat new ornekkoy.txt --id ornekkoy', 'mevzuat new metin.md --id ornekkoy --out ./mevzuatim/ornekkoy', 'mevzuat new --update regulations/ornekkoy'],
  // the compiler, zod and the YAML reader load only for this command
  run: async ({ args, values, style }) => {
    const run = await import('./author-run.js');
    return values.update === true ? run.runUpdate(args.kaynak!, values.reparse === true, style) : run.runNew(args.kaynak!, str(values.id), str(values.out), style);
  },
};

export const checkCommand: Command = {
  name: 'check',
  summary: 'bir mevzuat klasörünü derlemenin bütün kurallarıyla denetler; her sorunu dosya:satır:sütun ile yazar',
  args: [{ name: 'klasör', help: 'mevzuat klasörü (regulations/<kimlik>)' }],
  options: { draft: { type: 'boolean', help: 'taslak: dayanaksız hükümleri ve yazılmamış olgu dosyalarını hata değil yapılacak sayar' } },
  notes: [
    'Denetlenenler: şemalar, atıfların çözülmesi, her yaprak hükmün bir olguya dayanak olması ya da noFact olarak işaretlenmesi, metin ağacının kaynağı harfi harfine tutması, alıntıların harfi harfine olması, bağlılık döngüleri, kaynağın sha256 özeti.',
    'Çıkış kodu: 0 hata yok (--draft ile yapılacaklar kalabilir), 2 hata var.',
  ],
  examples: ['mevzuat check regulations/ornekkoy', 'mevzuat check regulations/ornekkoy --draft', 'mevzuat check regulations/konak-ozel-kalem --json'],
  run: async ({ args, values, style }) => (await import('./author-run.js')).runCheck(args['klasör']!, values.draft === true, style),
};

export const reviewCommand: Command = {
  name: 'review',
  summary: 'bir mevzuat klasöründe gözden geçirilmemiş olguları, madde madde, dayandıkları hükmün metniyle yazar',
  args: [{ name: 'klasör', help: 'mevzuat klasörü (mevzuat new ile oluşturulmuş)' }],
  options: {},
  notes: [
    'mevzuat new, metinden okuyabildiği olguları "review: pending" işaretiyle yazar. Her olgu, okunduğu hükmün metni ve düzeltilecek dosya:satır ile listelenir.',
    'Bir olguyu onaylamak için review satırını silin (ya da review: done yazın); yanlışsa düzeltin. Gözden geçirilmemiş olgusu kalan klasör mevzuat check denetiminden geçmez; --draft ile taslak olarak yüklenir ve cevapları "gözden geçirilmemiş" diye işaretlenir.',
    'Çıkış kodu: 0 liste yazıldı (boş da olabilir), 2 klasör taslak olarak bile yüklenmiyor.',
  ],
  examples: ['mevzuat review regulations/ornekkoy', 'mevzuat review regulations/ornekkoy --json'],
  run: async ({ args, style }) => (await import('./review-run.js')).runReview(args['klasör']!, style),
};
