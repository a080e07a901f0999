package org.hotline12345.core.casefile;

import java.util.List;
import java.util.Objects;
import org.hotline12345.core.appeal.Appeal;

/**
 * The two halves of a merge (并案), which only {@link CaseLifecycle#merge} runs, together and
 * after checking both cases: they are not commands a caller can give alone.
 */
final class MergeSteps {

  private MergeSteps() {}

  /** The repeat closes as merged into the target. */
  record MergeInto(CaseId target) implements CaseCommand {
    MergeInto {
      Objects.requireNonNull(target, "target");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.MERGE;
    }
  }

  /** The target takes the repeat's appeals. */
  record AbsorbDuplicate(CaseId source, List<Appeal> appeals) implements CaseCommand {
    AbsorbDuplicate {
      Objects.requireNonNull(source, "source");
      appeals = List.copyOf(appeals);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.MERGE;
    }
  }
}
