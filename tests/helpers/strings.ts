/** The shipped English strings, for tests of tools and of src/lib functions that take a `t()`. */
import { createTranslator, pickParts, type Strings, type Translate } from '../../src/lib/i18n/messages';
import { englishMessages, shippedMessages } from '../../src/lib/i18n/shipped';

/** What a page hands a tool in English: `common` and the given parts. */
export const englishStrings = (...parts: string[]): Strings => ({
  lang: 'en-GB',
  messages: pickParts(englishMessages(), ['common', 'site.concerns', ...parts]),
});

/** English `t()`, every part. */
export const enT: Translate = createTranslator('en-GB', englishMessages());

/** A shipped language's `t()` ("fr", "es"), every part, English underneath. */
export const tIn = (code: string): Translate => createTranslator(code, { ...englishMessages(), ...shippedMessages(code) });
