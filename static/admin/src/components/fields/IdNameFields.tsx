import type { Path } from '../../state/paths';
import { TextField } from './TextField';

/** An item's ID and name side by side: the first row of every part's form. */
export function IdNameFields({ path, nameOptional }: { path: Path; nameOptional?: boolean }) {
  return (
    <div className="form-row">
      <TextField label="ID" path={[...path, 'id']} size="small" />
      <TextField label="Name" path={[...path, 'name']} optional={nameOptional} size="wide" />
    </div>
  );
}
