// Query parameters several pages share, validated at the edge.
import { z } from 'zod';

/** `?currency=EUR`; an empty value (the "As claimed" option) means none. */
export const currencyParam = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'a three-letter currency code')
  .optional()
  .or(z.literal('').transform(() => undefined));
