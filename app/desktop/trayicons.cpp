#include "trayicons.h"
