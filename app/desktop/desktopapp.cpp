#include "desktopapp.h"
