package org.offeringcompliance.bench;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars with a rate, the same look everywhere. */
final class Progress {

    private Progress() {}

    static ProgressBar bar(String task, long max) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .showSpeed().setUpdateIntervalMillis(500).continuousUpdate().build();
    }
}
