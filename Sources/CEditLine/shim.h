#ifndef ZOOMSH_CEDITLINE_SHIM_H
#define ZOOMSH_CEDITLINE_SHIM_H
#include <stdio.h>
#include <histedit.h>
#endif
