/** One i18next namespace as loaded from a locale file: nested keys down to texts. */
export interface LocaleResource {
  [key: string]: string | LocaleResource;
}

/** Locale → namespace (`course/<id>`, `module/<id>`) → texts. */
export type LocaleResources = Record<string, Record<string, LocaleResource>>;
