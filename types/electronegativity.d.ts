// @doyensec/electronegativity ships no types; the test declares the slice it uses.
declare module '@doyensec/electronegativity';
