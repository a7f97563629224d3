/** Articles 1–42 of the Convention: the rights themselves (43–54 are about how it works). */
export const articleNumbers: readonly number[] = Array.from({ length: 42 }, (_, i) => i + 1);

export const isArticleNumber = (value: number) => articleNumbers.includes(value);
