export const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
