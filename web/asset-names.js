// Where the files the viewer fetches beside its modules are (fonts, their manifests, word
// dictionaries). ASSET_NAMES maps the path the viewer asks for to the file's name: `{
// 'fonts/NotoSerif-Regular.latin.ttf': 'fonts/NotoSerif-Regular.latin.<hash>.ttf', … }`. Empty in
// the built site, where every file has its own name; in the npm package (tools/package.mjs) it
// holds content-hashed names, so that a server may let browsers keep those files for good.
export const ASSET_NAMES = {};

/** The URL of the viewer's file `path` ('fonts/…', 'dictionaries/…') in the folder `assets`. */
export function assetUrl(path, assets) {
  return new URL(ASSET_NAMES[path] ?? path, assets);
}
