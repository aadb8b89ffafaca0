// Arrow keys on the language menu choose several languages in quick succession: the last wins.
import { createI18n, switchLanguage } from '../../src/i18n/init';

describe('switchLanguage', () => {
  it('keeps the last choice when an earlier language loads after it', async () => {
    const instance = await createI18n('zh-CN');
    await switchLanguage(instance, 'en'); // loaded: switching back to it is immediate
    await switchLanguage(instance, 'zh-CN');
    const slow = switchLanguage(instance, 'zh-Hant'); // still has to load its strings
    const fast = switchLanguage(instance, 'en');
    await expect(Promise.all([slow, fast])).resolves.toEqual([false, true]);
    expect(instance.language).toBe('en');
  });
});
