import { useState, type InputHTMLAttributes, type ReactNode } from 'react';

interface FileDropProps {
  /** What the zone says (what to drop on it). */
  hint: ReactNode;
  /** The file chooser button's label. */
  choose: ReactNode;
  onDropFiles: (files: FileList) => void;
  /** The hidden file input's own props (accept, multiple, onChange, …). */
  input: InputHTMLAttributes<HTMLInputElement> & { 'data-testid'?: string };
}

/**
 * A zone that takes dropped files, with a button that opens the file chooser. While files hover it has
 * the `over` class (the "drop here" highlight); the browser's own drop (opening the file) is prevented.
 */
export function FileDrop({ hint, choose, onDropFiles, input }: FileDropProps) {
  const [over, setOver] = useState(false);
  return (
    <div
      className={`drop${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onDropFiles(e.dataTransfer.files);
      }}
    >
      {hint}{' '}
      <label className="btn" style={{ display: 'inline-block' }}>
        {choose}
        <input type="file" hidden {...input} />
      </label>
    </div>
  );
}
