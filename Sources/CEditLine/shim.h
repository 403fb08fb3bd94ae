#ifndef ZOOMSH_CEDITLINE_SHIM_H
#define ZOOMSH_CEDITLINE_SHIM_H

// Fixed-arity wrappers around libedit's variadic el_set / el_get / history calls, which Swift cannot
// call directly, and el_init with the C standard streams, which Swift 6 cannot name.
// Only the native libedit API (<histedit.h>) is used; never GNU readline's headers.

#include <stdio.h>
#include <unistd.h>
#include <histedit.h>

typedef char *(*zoomsh_prompt_fn)(EditLine *);
typedef unsigned char (*zoomsh_command_fn)(EditLine *, int);
typedef int (*zoomsh_getc_fn)(EditLine *, wchar_t *);

// MARK: - Initialisation

/// el_init on stdin / stdout / stderr.
static inline EditLine *zoomsh_el_init_std(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

/// el_init_fd on caller-supplied descriptors (the FILE streams are created by fdopen on duplicates,
/// so closing them never closes the caller's descriptors). Returns NULL on failure.
static inline EditLine *zoomsh_el_init_fds(const char *program, int in, int out, int err, FILE **streams) {
    const int fds[3] = {in, out, err};
    const char *modes[3] = {"r", "w", "w"};
    for (int i = 0; i < 3; i++) {
        int copy = dup(fds[i]);
        streams[i] = copy >= 0 ? fdopen(copy, modes[i]) : NULL;
        if (streams[i] == NULL) {
            if (copy >= 0) {
                close(copy);
            }
            return NULL;
        }
    }
    return el_init_fd(program, streams[0], streams[1], streams[2], in, out, err);
}

static inline void zoomsh_close_streams(FILE **streams) {
    for (int i = 0; i < 3; i++) {
        if (streams[i] != NULL) {
            fclose(streams[i]);
            streams[i] = NULL;
        }
    }
}

/// Flushes the C stdout stream (Swift 6 cannot name it).
static inline void zoomsh_flush_stdout(void) {
    fflush(stdout);
}

// MARK: - el_set

static inline int zoomsh_el_set_prompt_esc(EditLine *el, zoomsh_prompt_fn fn, char marker) {
    return el_set(el, EL_PROMPT_ESC, fn, (int)marker);
}

static inline int zoomsh_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

static inline int zoomsh_el_set_terminal(EditLine *el, const char *type) {
    return el_set(el, EL_TERMINAL, type);
}

static inline int zoomsh_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

static inline int zoomsh_el_set_hist(EditLine *el, History *history_ptr) {
    return el_set(el, EL_HIST, history, history_ptr);
}

static inline int zoomsh_el_set_addfn(EditLine *el, const char *name, const char *help, zoomsh_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int zoomsh_el_set_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

static inline int zoomsh_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline int zoomsh_el_set_getcfn(EditLine *el, zoomsh_getc_fn fn) {
    return el_set(el, EL_GETCFN, fn);
}

static inline int zoomsh_el_set_refresh(EditLine *el) {
    return el_set(el, EL_REFRESH);
}

// MARK: - el_get

static inline void *zoomsh_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) {
        return NULL;
    }
    return data;
}

/// A numeric terminal capability ("co" columns, "li" lines), or `fallback` when unknown.
static inline int zoomsh_el_get_numeric_capability(EditLine *el, const char *name, int fallback) {
    int value = 0;
    if (el_get(el, EL_GETTC, name, &value) != 0 || value <= 0) {
        return fallback;
    }
    return value;
}

// MARK: - history

static inline int zoomsh_history_set_size(History *h, int size) {
    HistEvent event;
    return history(h, &event, H_SETSIZE, size);
}

static inline int zoomsh_history_set_unique(History *h, int unique) {
    HistEvent event;
    return history(h, &event, H_SETUNIQUE, unique);
}

static inline int zoomsh_history_enter(History *h, const char *line) {
    HistEvent event;
    return history(h, &event, H_ENTER, line);
}

static inline int zoomsh_history_clear(History *h) {
    HistEvent event;
    return history(h, &event, H_CLEAR);
}

static inline int zoomsh_history_load(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_LOAD, path);
}

static inline int zoomsh_history_save(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_SAVE, path);
}

/// The number of entries, or -1.
static inline int zoomsh_history_count(History *h) {
    HistEvent event;
    if (history(h, &event, H_GETSIZE) != 0) {
        return -1;
    }
    return event.num;
}

/// The oldest entry (H_LAST) and then each newer one (H_PREV); NULL when there is none.
static inline const char *zoomsh_history_oldest(History *h) {
    HistEvent event;
    if (history(h, &event, H_LAST) != 0) {
        return NULL;
    }
    return event.str;
}

static inline const char *zoomsh_history_newer(History *h) {
    HistEvent event;
    if (history(h, &event, H_PREV) != 0) {
        return NULL;
    }
    return event.str;
}

#endif
