#include "refreshscheduler.h"
