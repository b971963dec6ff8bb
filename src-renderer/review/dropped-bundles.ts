/**
 * The bundles in a drop: files dropped as they are, and folders searched for *.zip (as zpb
 * summarize does). The drop's items are only readable while the drop event runs, so they are
 * taken at once; the folders are walked afterwards.
 */

/** A dropped bundle and the name it is shown by (its path inside a dropped folder). */
export interface DroppedBundle {
  name: string;
  file: File;
}

/** What the drop held, taken while the event runs. */
export interface DropContents {
  files: File[];
  folders: FileSystemDirectoryEntry[];
}

/** Takes the drop's files and folders; call it inside the drop handler. */
export function takeDrop(data: DataTransfer): DropContents {
  const files: File[] = [];
  const folders: FileSystemDirectoryEntry[] = [];
  for (const item of Array.from(data.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (entry?.isDirectory) folders.push(entry as FileSystemDirectoryEntry);
    else {
      const file = item.getAsFile();
      if (file) files.push(file);
    }
  }
  return { files, folders };
}

/** True when the drop is for the many-bundle view (more than one file, or a folder). */
export function isManyDrop(contents: DropContents): boolean {
  return contents.folders.length > 0 || contents.files.length > 1;
}

const readBatch = (reader: FileSystemDirectoryReader) => new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

async function walk(folder: FileSystemDirectoryEntry, into: DroppedBundle[]): Promise<void> {
  const reader = folder.createReader();
  // readEntries answers in batches (100 in Chromium) until it answers with none.
  for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) {
    for (const entry of batch) {
      if (entry.isDirectory) await walk(entry as FileSystemDirectoryEntry, into);
      else if (entry.name.toLowerCase().endsWith('.zip')) into.push({ name: entry.fullPath.replace(/^\//, ''), file: await fileOf(entry as FileSystemFileEntry) });
    }
  }
}

/** Every bundle of the drop, files first, then the folders' zips by path. */
export async function droppedBundles(contents: DropContents): Promise<DroppedBundle[]> {
  const bundles: DroppedBundle[] = [];
  const seen = new Map<string, number>();
  // Two dropped files may share a name: the second is shown as "name (2)".
  for (const file of contents.files) {
    const count = (seen.get(file.name) ?? 0) + 1;
    seen.set(file.name, count);
    bundles.push({ name: count === 1 ? file.name : `${file.name} (${count})`, file });
  }
  const inFolders: DroppedBundle[] = [];
  for (const folder of contents.folders) await walk(folder, inFolders);
  return [...bundles, ...inFolders.sort((a, b) => a.name.localeCompare(b.name))];
}
