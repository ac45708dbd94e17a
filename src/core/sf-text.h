/* sf-text.h: text normalization, tokens and stems for matching
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char      *sf_text_fold         (const char *text);
GPtrArray *sf_text_words        (const char *text);
GPtrArray *sf_text_tokenize     (const char *text);
char      *sf_text_stem         (const char *word);
gboolean   sf_text_is_stop_word (const char *word);

G_END_DECLS
