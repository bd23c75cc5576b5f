#include "admin/ServerCli.h"

int main(int argc, char** argv)
{
    return fortrolig::server::serverMain(argc, argv);
}
