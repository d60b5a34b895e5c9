import { useState, type DragEvent } from 'react';

/**
 * Files dropped on a zone: the zone's props. While files hover it has the `over` class (the
 * "drop here" highlight); the browser's own drop (opening the file) is prevented.
 */
export function useFileDrop(onFiles: (files: FileList) => void) {
  const [over, setOver] = useState(false);
  return {
    className: `drop${over ? ' over' : ''}`,
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      setOver(true);
    },
    onDragLeave: () => setOver(false),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setOver(false);
      onFiles(e.dataTransfer.files);
    },
  };
}
