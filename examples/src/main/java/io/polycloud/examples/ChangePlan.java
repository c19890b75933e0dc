package io.polycloud.examples;

import java.io.PrintStream;
import java.util.List;

/**
 * What a run against the real clouds will change, said before anything is sent: a drill starts,
 * stops and deletes the job it is given, a clean-up deletes what it is given. Such a run goes on
 * only with {@code --yes}; without it the plan is printed and nothing is sent.
 */
final class ChangePlan {

    private ChangePlan() {
    }

    /**
     * Prints the plan of a real run that changes something, and says whether to go on.
     *
     * @param changes one line per resource changed on a real cloud, naming the action and the id;
     *                empty for none (an emulator run, or no id given)
     * @param yes     whether {@code --yes} was given
     * @param out     where to print
     * @return true to go on: nothing to change, or {@code --yes}
     */
    static boolean approved(List<String> changes, boolean yes, PrintStream out) {
        if (changes.isEmpty()) {
            return true;
        }
        out.println("This run changes resources on the real clouds:");
        changes.forEach(change -> out.println("  " + change));
        if (yes) {
            out.println("Going ahead (--yes).");
            return true;
        }
        out.println("Nothing was sent. Run again with --yes to do this.");
        return false;
    }
}
