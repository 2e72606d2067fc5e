#include "statusmonitor.h"
