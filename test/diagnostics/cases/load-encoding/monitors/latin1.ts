export const name = 'Café';
