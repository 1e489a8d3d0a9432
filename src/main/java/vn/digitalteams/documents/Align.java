package vn.digitalteams.documents;

enum Align {
    LEFT, CENTER, RIGHT,
    /** Both edges straight, except the paragraph's last line, which stays left-aligned. */
    JUSTIFY
}
