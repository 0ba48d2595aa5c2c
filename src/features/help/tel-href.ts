/** A phone number as people read it ("0800 1111") to a tel: link ("tel:08001111"). */
export const telHref = (number: string): string => `tel:${number.replace(/\s+/g, '')}`;
