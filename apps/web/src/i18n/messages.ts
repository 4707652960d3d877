/** A tree of texts; every language of an area must have exactly the English keys. */
export type MessageTree = { [key: string]: string | MessageTree };
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

export interface AreaMessages<T extends MessageTree> {
  en: T;
  'zh-CN': SameKeys<T>;
}

/** One area's texts (its i18next namespace) in English and Simplified Chinese, checked alike. */
export function defineMessages<T extends MessageTree>(en: T, zhCN: SameKeys<T>): AreaMessages<T> {
  return { en, 'zh-CN': zhCN };
}
