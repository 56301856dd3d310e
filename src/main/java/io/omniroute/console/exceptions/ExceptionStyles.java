package io.omniroute.console.exceptions;

/** The style classes of exceptions.css, in one place. */
final class ExceptionStyles {

    static final String PENDING = "pending";
    static final String NEW_ROW = "new-row";
    static final String MINE = "mine";
    static final String ROW_MARK = "row-mark";
    static final String PAST_PROMISE = "past-promise";
    static final String NEAR_PROMISE = "near-promise";
    static final String PAST = "past";
    static final String CURRENT_PLAN = "current-plan";
    static final String COST_UP = "cost-up";
    static final String COST_DOWN = "cost-down";
    static final String DIALOG = "exceptions-dialog";
    static final String LINE_BOX = "line-box";
    static final String SHARE_ROW = "share-row";
    static final String LINE_TITLE = "line-title";
    static final String PROBLEMS = "problems";
    static final String SUMMARY = "summary";
    static final String EXPLANATION = "explanation";
    static final String STYLESHEET = "/css/exceptions.css";

    private ExceptionStyles() {
    }
}
