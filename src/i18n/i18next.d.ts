import 'i18next';
import type { Resources } from './languages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
    enableSelector: true;
  }
}
