#include "traycontroller.h"
