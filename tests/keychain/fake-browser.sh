#!/bin/sh
# Stands in for the system browser in the sign-in tests: opens the sign-in page it is given
# and follows the provider's redirect back to Stethoscope's loopback address, as a browser
# would after the person signed in.
exec curl --silent --show-error --location --max-redirs 5 --output /dev/null "$1"
