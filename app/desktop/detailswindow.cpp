#include "detailswindow.h"
