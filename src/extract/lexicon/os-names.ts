// Android's dessert names and the version each stands for (the version a writer means by the name).
export const ANDROID_NAMES: Readonly<Record<string, string>> = Object.freeze({
  Cupcake: '1.5',
  Donut: '1.6',
  Eclair: '2.0',
  Froyo: '2.2',
  Gingerbread: '2.3',
  'Ice Cream Sandwich': '4.0',
  'Jelly Bean': '4.1',
  KitKat: '4.4',
  Lollipop: '5',
  Marshmallow: '6',
  Nougat: '7',
  Oreo: '8',
  Pie: '9',
});

/** Android's development letters ("Android Q"), used before a release has its number. */
export const ANDROID_LETTERS: Readonly<Record<string, string>> = Object.freeze({
  L: '5',
  M: '6',
  N: '7',
  O: '8',
  P: '9',
  Q: '10',
});
