import * as v from 'valibot';

/**
 * Is this the name of a property every JavaScript object has ("toString", "constructor",
 * "__proto__", …)? Such a name as a key in stored data would be confused with that property by
 * any lookup that forgets to check it is the object's own.
 */
export const isReservedKey = (key: string): boolean => key in Object.prototype || key === 'prototype';

export const RESERVED_KEY_MESSAGE = 'A name such as “toString” or “__proto__” is reserved by the browser and cannot be used as a key.';

/** The schema for a key of a record read from storage, a file or a link: at most `max` characters, never a reserved name. */
export const recordKeySchema = (max: number) => v.pipe(v.string(), v.maxLength(max), v.check((key: string) => !isReservedKey(key), RESERVED_KEY_MESSAGE));
