// Where the files the viewer fetches beside its modules are (fonts, their manifests, word
// dictionaries). ASSET_NAMES maps the path the viewer asks for to the file's name: `{
// 'fonts/NotoSerif-Regular.latin.ttf': 'fonts/NotoSerif-Regular.latin.<hash>.ttf', … }`. Empty in
// the built site, where every file has its own name; in the npm package (tools/package.mjs) it
// holds content-hashed names, so that a server may let browsers keep those files for good: here
// those of the faces' Latin slices, which every article needs, and in the file MORE_ASSET_NAMES
// (a path like those, fetched the first time another file is) the names of all the others; a folder
// of many files is named as a whole ('emoji/': 'emoji/<hash>/').
export const ASSET_NAMES = {};
export const MORE_ASSET_NAMES = null;

let moreNames = null;  // the promise of MORE_ASSET_NAMES's map, once asked for

/** The URL of the viewer's file `path` ('fonts/…', 'dictionaries/…') in the folder `assets`. */
export async function assetUrl(path, assets) {
  if (MORE_ASSET_NAMES && !(path in ASSET_NAMES)) {
    moreNames ??= fetch(new URL(ASSET_NAMES[MORE_ASSET_NAMES] ?? MORE_ASSET_NAMES, assets)).then((response) => {
      if (!response.ok) throw new Error(`${response.url}: ${response.status} ${response.statusText}`.trim());
      return response.json();
    });
    moreNames.catch(() => { moreNames = null; });  // tried again by the next file
    const names = await moreNames;
    if (names[path]) return new URL(names[path], assets);
    const folder = path.slice(0, path.lastIndexOf('/') + 1);  // a folder named as a whole ('emoji/')
    if (names[folder]) return new URL(names[folder] + path.slice(folder.length), assets);
  }
  return firstAssetUrl(path, assets);
}

/** The URL of one of the faces' Latin slices, known at once (see ASSET_NAMES). */
export function firstAssetUrl(path, assets) {
  return new URL(ASSET_NAMES[path] ?? path, assets);
}
