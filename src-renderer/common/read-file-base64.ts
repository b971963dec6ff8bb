/** A dropped file's bytes as base64 (FileReader's data URL without its prefix), for the IPC call that inspects it. */
export function readFileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('The file could not be read. Try the Open bundle button.'));
    reader.readAsDataURL(file);
  });
}
