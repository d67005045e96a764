//===- ExprTest.cpp - Tests for the spec expression language --------------===//

#include "attc/Spec/Expr.h"
#include "attc/Spec/RawSpec.h"

#include "gtest/gtest.h"

using namespace attc;

namespace {
TEST(ExprParse, Literal) {
  ExprError error;
  ExprPtr e = parseExpr("1", error);
  ASSERT_TRUE(e);
  EXPECT_EQ(printExpr(*e), "1");
}
} // namespace
