#include "devicelistmodel.h"
