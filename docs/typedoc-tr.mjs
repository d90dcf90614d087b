// @ts-check
/**
 * A local TypeDoc plugin for the API reference of the docs site:
 * - Turkish headings (TypeDoc and typedoc-plugin-markdown have no Turkish locale);
 * - each type once: `export type { ActorRef }` exports both the zod schema constant and the type
 *   of the same name as types, so TypeDoc listed every schema type twice; the copy whose type is
 *   the zod schema itself is dropped (the schema stays documented under `schemas`).
 */
import { Converter, ReflectionKind } from 'typedoc';

/** @type {Record<string, string>} */
const tr = {
  kind_project: 'Proje', kind_module: 'Modül', kind_namespace: 'Ad alanı', kind_enum: 'Sıralama', kind_variable: 'Değişken',
  kind_function: 'Fonksiyon', kind_class: 'Sınıf', kind_interface: 'Arayüz', kind_constructor: 'Kurucu', kind_property: 'Özellik',
  kind_method: 'Metot', kind_parameter: 'Parametre', kind_type_alias: 'Tip', kind_reference: 'Gönderme', kind_accessor: 'Erişimci',
  kind_plural_module: 'Modüller', kind_plural_namespace: 'Ad alanları', kind_plural_enum: 'Sıralamalar', kind_plural_variable: 'Değişkenler',
  kind_plural_function: 'Fonksiyonlar', kind_plural_class: 'Sınıflar', kind_plural_interface: 'Arayüzler', kind_plural_constructor: 'Kurucular',
  kind_plural_property: 'Özellikler', kind_plural_method: 'Metotlar', kind_plural_parameter: 'Parametreler', kind_plural_type_parameter: 'Tip parametreleri',
  kind_plural_accessor: 'Erişimciler', kind_plural_type_alias: 'Tipler', kind_plural_reference: 'Göndermeler', kind_plural_call_signature: 'Çağrı imzaları',
  kind_plural_index_signature: 'Dizin imzaları', kind_plural_type_literal: 'Tip sabitleri', kind_plural_enum_member: 'Sıralama üyeleri',
  theme_implements: 'Uygular', theme_type_declaration: 'Tip bildirimi', theme_index: 'Dizin', theme_hierarchy: 'Hiyerarşi',
  theme_defined_in: 'Tanımlandığı yer', theme_inherited_from: 'Kalıtıldığı yer', theme_overrides: 'Geçersiz kıldığı', theme_returns: 'Döndürür',
  theme_implementation_of: 'Uyguladığı', theme_implemented_by: 'Uygulayanlar',
  theme_default_value: 'Varsayılan değer', theme_default_type: 'Varsayılan tip', theme_description: 'Açıklama', theme_event: 'Olay',
  theme_re_exports: 'Yeniden dışa aktarır', theme_renames_and_re_exports: 'Yeniden adlandırıp dışa aktarır', theme_extends: 'Genişletir',
  theme_extended_by: 'Genişletenler', theme_globals: 'Genel', theme_member: 'Üye', theme_member_plural: 'Üyeler', theme_modifier: 'Niteleyici',
  theme_name: 'Ad', theme_package: 'Paket', theme_packages: 'Paketler', theme_type: 'Tip', theme_union_members: 'Birleşim üyeleri',
  theme_value: 'Değer', theme_version: 'Sürüm',
  tag_example: 'Örnek', tag_throws: 'Hatalar', tag_returns: 'Döndürür', tag_param: 'Parametre', tag_see: 'Ayrıca bakın',
  tag_deprecated: 'Kullanımdan kalktı', tag_remarks: 'Notlar', tag_default_value: 'Varsayılan değer', tag_type_param: 'Tip parametresi',
};

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.internationalization.addTranslations('tr', tr);
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    /** @type {Map<string, import('typedoc').DeclarationReflection[]>} */
    const byName = new Map();
    for (const r of project.getReflectionsByKind(ReflectionKind.TypeAlias)) {
      const key = `${r.parent?.id}:${r.name}`;
      byName.set(key, [...(byName.get(key) ?? []), /** @type {import('typedoc').DeclarationReflection} */ (r)]);
    }
    for (const list of byName.values()) {
      if (list.length < 2) continue;
      const zod = list.filter((r) => /^Zod|^\$Zod/.test(r.type?.toString() ?? ''));
      if (zod.length < list.length) for (const r of zod) project.removeReflection(r);
    }
  });
}
